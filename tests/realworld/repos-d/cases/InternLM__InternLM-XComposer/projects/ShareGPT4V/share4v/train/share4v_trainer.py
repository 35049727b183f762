stub: upstream file of 14959 bytes
