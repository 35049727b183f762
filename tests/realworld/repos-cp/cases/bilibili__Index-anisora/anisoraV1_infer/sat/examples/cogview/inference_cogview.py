stub: upstream file of 3724 bytes
