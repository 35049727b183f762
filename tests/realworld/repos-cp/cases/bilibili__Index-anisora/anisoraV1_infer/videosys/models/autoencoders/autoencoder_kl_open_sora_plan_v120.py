stub: upstream file of 41577 bytes
