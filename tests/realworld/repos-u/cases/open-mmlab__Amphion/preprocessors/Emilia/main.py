stub: upstream file of 20263 bytes
