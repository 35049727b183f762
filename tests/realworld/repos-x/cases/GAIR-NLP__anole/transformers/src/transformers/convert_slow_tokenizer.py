stub: upstream file of 60826 bytes
