stub: upstream file of 1672586 bytes
