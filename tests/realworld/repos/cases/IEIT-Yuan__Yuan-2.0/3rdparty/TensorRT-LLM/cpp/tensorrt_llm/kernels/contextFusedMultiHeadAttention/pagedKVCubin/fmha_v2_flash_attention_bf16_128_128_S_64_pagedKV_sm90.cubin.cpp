stub: upstream file of 1124795 bytes
