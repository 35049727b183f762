stub: upstream file of 13932 bytes
