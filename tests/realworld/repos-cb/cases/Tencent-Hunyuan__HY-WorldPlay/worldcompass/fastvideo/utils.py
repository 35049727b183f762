stub: upstream file of 28775 bytes
