stub: upstream file of 16839 bytes
