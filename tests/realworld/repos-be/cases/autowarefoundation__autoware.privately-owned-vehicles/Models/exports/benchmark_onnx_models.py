stub: upstream file of 58583 bytes
