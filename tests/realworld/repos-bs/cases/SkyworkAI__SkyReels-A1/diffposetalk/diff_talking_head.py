stub: upstream file of 24981 bytes
