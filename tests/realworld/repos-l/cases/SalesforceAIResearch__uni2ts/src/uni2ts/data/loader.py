stub: upstream file of 17828 bytes
