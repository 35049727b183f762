stub: upstream file of 18868 bytes
