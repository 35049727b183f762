stub: upstream file of 68847 bytes
