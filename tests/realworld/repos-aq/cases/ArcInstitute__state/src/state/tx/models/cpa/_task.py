stub: upstream file of 16648 bytes
