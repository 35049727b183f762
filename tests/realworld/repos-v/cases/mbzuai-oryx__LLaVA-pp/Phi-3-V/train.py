stub: upstream file of 41770 bytes
