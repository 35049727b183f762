stub: upstream file of 7868 bytes
