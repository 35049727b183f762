stub: upstream file of 28001 bytes
