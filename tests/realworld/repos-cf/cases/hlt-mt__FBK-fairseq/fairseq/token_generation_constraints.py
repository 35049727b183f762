stub: upstream file of 16556 bytes
