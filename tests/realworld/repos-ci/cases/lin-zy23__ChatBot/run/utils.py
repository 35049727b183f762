stub: upstream file of 2738 bytes
