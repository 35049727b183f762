stub: upstream file of 10187 bytes
