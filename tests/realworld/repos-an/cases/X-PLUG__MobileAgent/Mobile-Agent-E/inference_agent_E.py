stub: upstream file of 46664 bytes
