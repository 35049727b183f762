stub: upstream file of 5805 bytes
