stub: upstream file of 8682 bytes
