stub: upstream file of 26857 bytes
