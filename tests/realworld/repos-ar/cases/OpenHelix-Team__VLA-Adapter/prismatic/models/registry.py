stub: upstream file of 27430 bytes
