stub: upstream file of 48918 bytes
