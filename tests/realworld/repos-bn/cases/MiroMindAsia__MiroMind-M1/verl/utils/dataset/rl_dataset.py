stub: upstream file of 10137 bytes
