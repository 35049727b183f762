stub: upstream file of 22743 bytes
