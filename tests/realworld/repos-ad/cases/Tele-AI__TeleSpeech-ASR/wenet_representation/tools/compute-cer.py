stub: upstream file of 20556 bytes
