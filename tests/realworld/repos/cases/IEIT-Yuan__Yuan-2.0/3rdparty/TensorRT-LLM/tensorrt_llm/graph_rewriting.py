stub: upstream file of 24358 bytes
