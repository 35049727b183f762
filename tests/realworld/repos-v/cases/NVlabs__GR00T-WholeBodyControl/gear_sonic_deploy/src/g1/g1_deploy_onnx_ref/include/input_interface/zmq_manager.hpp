stub: upstream file of 52775 bytes
