stub: upstream file of 31176 bytes
