stub: upstream file of 24187 bytes
