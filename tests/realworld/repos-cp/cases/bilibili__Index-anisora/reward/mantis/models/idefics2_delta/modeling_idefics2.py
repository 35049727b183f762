stub: upstream file of 84898 bytes
