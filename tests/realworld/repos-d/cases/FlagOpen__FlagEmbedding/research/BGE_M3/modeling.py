stub: upstream file of 18778 bytes
