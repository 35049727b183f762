stub: upstream file of 6706 bytes
