stub: upstream file of 65682 bytes
