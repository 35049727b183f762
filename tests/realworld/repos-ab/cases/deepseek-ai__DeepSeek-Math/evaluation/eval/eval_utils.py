stub: upstream file of 11025 bytes
