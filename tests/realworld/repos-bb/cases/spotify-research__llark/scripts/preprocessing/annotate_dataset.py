stub: upstream file of 7860 bytes
