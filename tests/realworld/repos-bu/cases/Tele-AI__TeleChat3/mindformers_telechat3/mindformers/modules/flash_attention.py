stub: upstream file of 18722 bytes
