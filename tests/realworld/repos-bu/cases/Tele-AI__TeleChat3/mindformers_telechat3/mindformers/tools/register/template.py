stub: upstream file of 21848 bytes
