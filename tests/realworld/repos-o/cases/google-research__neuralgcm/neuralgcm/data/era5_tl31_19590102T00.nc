stub: upstream file of 2141788 bytes
