stub: upstream file of 39080 bytes
