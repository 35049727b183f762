stub: upstream file of 14762 bytes
