stub: upstream file of 4868 bytes
