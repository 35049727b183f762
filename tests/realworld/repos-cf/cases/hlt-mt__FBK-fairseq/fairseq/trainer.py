stub: upstream file of 48494 bytes
