stub: upstream file of 83460 bytes
