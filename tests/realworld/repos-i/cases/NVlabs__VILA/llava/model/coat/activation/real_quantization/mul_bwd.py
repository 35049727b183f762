stub: upstream file of 9653 bytes
