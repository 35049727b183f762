stub: upstream file of 12331 bytes
