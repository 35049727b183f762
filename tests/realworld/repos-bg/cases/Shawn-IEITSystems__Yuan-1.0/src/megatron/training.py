stub: upstream file of 36564 bytes
