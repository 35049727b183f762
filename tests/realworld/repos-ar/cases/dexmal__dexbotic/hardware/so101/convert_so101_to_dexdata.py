stub: upstream file of 9085 bytes
