stub: upstream file of 78425 bytes
