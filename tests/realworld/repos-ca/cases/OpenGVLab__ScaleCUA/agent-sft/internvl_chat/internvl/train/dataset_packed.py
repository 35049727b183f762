stub: upstream file of 28796 bytes
